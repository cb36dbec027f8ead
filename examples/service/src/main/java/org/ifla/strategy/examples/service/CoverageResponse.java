package org.ifla.strategy.examples.service;

import java.util.List;
import java.util.Locale;
import org.ifla.strategy.alignment.AreaShare;
import org.ifla.strategy.alignment.Coverage;
import org.ifla.strategy.alignment.ElementCoverage;
import org.ifla.strategy.alignment.PlanPlace;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.StrategyEdition;

/**
 * The answer of {@code POST /plans/coverage}. A {@code Coverage} has no document form in the library, so the
 * service answers this record of its own, shaped like {@code strategy coverage --format json}.
 *
 * @param edition the edition counted
 * @param lang the language of the titles
 * @param plans the number of plans counted
 * @param parts the number of their parts
 * @param skipped the indexes (from 0, in the order sent) of the plans that cite another edition
 * @param areas the share of parts per area
 * @param elements one row per area and key initiative
 * @param unaddressed the areas and key initiatives no plan addresses
 */
public record CoverageResponse(String edition, String lang, int plans, int parts, List<Integer> skipped,
    List<Area> areas, List<Element> elements, List<String> unaddressed) {

  /**
   * The share of parts that address an area.
   *
   * @param area the area's id
   * @param title its title
   * @param parts the parts addressing it
   * @param totalParts all parts counted
   * @param share {@code parts / totalParts}, 0 when there are no parts
   */
  public record Area(String area, String title, int parts, int totalParts, double share) {}

  /**
   * Who addresses one element.
   *
   * @param element the element's id
   * @param kind its kind ({@code key-initiative})
   * @param title its title
   * @param parts the parts that align to it
   * @param activities the activities that do
   * @param plans the plans whose alignments for every part do
   */
  public record Element(String element, String kind, String title, List<Place> parts, List<Place> activities,
      List<Place> plans) {}

  /**
   * A place in one of the plans sent.
   *
   * @param plan the plan's index, from 0, in the order sent
   * @param location the JSON Pointer of the part or activity in that plan ({@code ""} for the plan)
   * @param title its title, or null
   */
  public record Place(int plan, String location, String title) {
    static Place of(PlanPlace p, Locale locale) {
      return new Place(p.planIndex(), p.location().toString(), p.title().map(t -> t.text(locale)).orElse(null));
    }
  }

  static CoverageResponse of(StrategyEdition edition, Coverage c, Locale locale) {
    return new CoverageResponse(edition.id().toString(), Languages.tag(locale), c.planCount(), c.partCount(),
        List.copyOf(c.skippedPlans()),
        c.areaShares().stream().map(s -> area(edition, s, locale)).toList(),
        c.elements().stream().map(e -> element(edition, e, locale)).toList(),
        c.unaddressed().stream().map(ElementId::toString).toList());
  }

  private static Area area(StrategyEdition edition, AreaShare s, Locale locale) {
    return new Area(s.area().toString(), title(edition, s.area(), locale), s.parts(), s.totalParts(), s.share());
  }

  private static Element element(StrategyEdition edition, ElementCoverage e, Locale locale) {
    return new Element(e.element().toString(), EditionView.kind(e.kind()),
        title(edition, e.element(), locale), places(e.parts(), locale), places(e.activities(), locale),
        places(e.plans(), locale));
  }

  private static List<Place> places(List<PlanPlace> places, Locale locale) {
    return places.stream().map(p -> Place.of(p, locale)).toList();
  }

  private static String title(StrategyEdition edition, ElementId id, Locale locale) {
    return edition.element(id).map(x -> x.title().text(locale)).orElse("");
  }
}
