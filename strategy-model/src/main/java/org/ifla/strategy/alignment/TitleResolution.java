package org.ifla.strategy.alignment;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.framework.TitleMatcher;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.text.Label;

/**
 * What an alignment written by its title alone ("International Advocacy") refers to in the plan's edition: the
 * area or key initiative whose title it is, by the same {@link TitleMatcher} as {@code stated-title-mismatch},
 * or else the one whose title holds it as a run of its words ("International Advocacy" in "Delivering the
 * International Advocacy Programme (IAP)"), when exactly one does; otherwise nothing, with the nearest titles.
 * Internal; immutable.
 */
final class TitleResolution {
  /** How many nearest titles a title that names no element is reported with. */
  static final int NEAREST = 3;
  /** The fewest content words a short form must have to be taken for a longer title. */
  private static final int SHORT_FORM_WORDS = 2;

  private final StrategyElement element;
  private final ImmutableList<StrategyElement> nearest;

  private TitleResolution(StrategyElement element, ImmutableList<StrategyElement> nearest) {
    this.element = element;
    this.nearest = nearest;
  }

  /** The element found, or empty. */
  Optional<StrategyElement> element() {
    return Optional.ofNullable(element);
  }

  /** The nearest titles, best first, when no element was found; empty otherwise. */
  ImmutableList<StrategyElement> nearest() {
    return nearest;
  }

  /**
   * Whether an alignment is written by its title alone: a stated title and no element, neither external nor
   * carried by a migration (whose title was written beside the original element).
   */
  static boolean isByTitleAlone(Alignment a) {
    return a.element().isEmpty() && a.statedTitle().isPresent() && !a.isExternal() && a.migratedFrom().isEmpty();
  }

  /** Whether an element of this kind is what the level asks for: an area, or a key initiative. */
  static boolean fits(ElementKind kind, AlignmentLevel level) {
    return level == AlignmentLevel.AREA ? kind.isArea() : kind == ElementKind.KEY_INITIATIVE;
  }

  /** Whether an element of this kind is one a plan can align to: an area or a key initiative. */
  static boolean alignable(ElementKind kind) {
    return kind.isArea() || kind == ElementKind.KEY_INITIATIVE;
  }

  /**
   * What titles stated alone name in the bundled editions, found before: plans repeat the same few, and finding
   * one compares it with every title of the edition. Values are immutable, so one may be shared. Bounded: at
   * most {@value #KNOWN_LIMIT} titles of at most {@value #KNOWN_LENGTH} characters; titles in other editions
   * (a caller's own) are not kept, so that the cache holds no edition of theirs.
   */
  private static final ConcurrentHashMap<Key, TitleResolution> KNOWN = new ConcurrentHashMap<>();
  private static final int KNOWN_LIMIT = 4096;
  private static final int KNOWN_LENGTH = 200;

  /** A title as stated, the level it was written under, and the bundled edition it is looked up in. */
  private static final class Key {
    private final EditionId edition;
    private final AlignmentLevel level;
    private final String stated;

    Key(EditionId edition, AlignmentLevel level, String stated) {
      this.edition = edition;
      this.level = level;
      this.stated = stated;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Key)) {
        return false;
      }
      Key o = (Key) other;
      return o.edition.equals(edition) && o.level == level && o.stated.equals(stated);
    }

    @Override
    public int hashCode() {
      return (edition.hashCode() * 31 + Objects.hashCode(level)) * 31 + stated.hashCode();
    }
  }

  /**
   * Finds the element of the edition a title names. Of several matching titles the most similar wins, and of
   * equally similar ones the one of the level the plan wrote the title under, then the first in the edition.
   */
  static TitleResolution of(StrategyEdition edition, String stated, Optional<AlignmentLevel> level) {
    if (stated.length() > KNOWN_LENGTH || !isBundled(edition)) {
      return find(edition, stated, level);
    }
    Key key = new Key(edition.id(), level.orElse(null), stated);
    TitleResolution known = KNOWN.get(key);
    if (known != null) {
      return known;
    }
    TitleResolution found = find(edition, stated, level);
    if (KNOWN.size() < KNOWN_LIMIT) {
      KNOWN.putIfAbsent(key, found);
    }
    return found;
  }

  /** Whether the edition is one of the bundled ones itself (not merely one with a bundled edition's id). */
  private static boolean isBundled(StrategyEdition edition) {
    for (StrategyEdition bundled : IflaStrategies.all()) {
      if (bundled == edition) {
        return true;
      }
    }
    return false;
  }

  private static TitleResolution find(StrategyEdition edition, String stated, Optional<AlignmentLevel> level) {
    List<StrategyElement> candidates = new ArrayList<>();
    for (StrategyElement e : edition.elements()) {
      if (alignable(e.kind())) {
        candidates.add(e);
      }
    }
    StrategyElement best = null;
    double bestScore = -1;
    for (StrategyElement e : candidates) {
      if (!TitleMatcher.matches(stated, e.title())) {
        continue;
      }
      double score = TitleMatcher.similarity(stated, e.title());
      if (best == null || score > bestScore || score == bestScore && fits(e, level) && !fits(best, level)) {
        best = e;
        bestScore = score;
      }
    }
    if (best != null) {
      return new TitleResolution(best, ImmutableList.of());
    }
    StrategyElement shortForm = null;
    ImmutableList<String> words = TitleMatcher.words(stated);
    if (words.size() >= SHORT_FORM_WORDS) {
      for (StrategyElement e : candidates) {
        if (holdsRun(e, words)) {
          if (shortForm != null) {
            shortForm = null; // two elements hold it: the title names neither for certain
            break;
          }
          shortForm = e;
        }
      }
    }
    if (shortForm != null) {
      return new TitleResolution(shortForm, ImmutableList.of());
    }
    ImmutableList<StrategyElement> nearest = candidates.stream()
        .filter(e -> TitleMatcher.similarity(stated, e.title()) > 0)
        .sorted(Comparator.comparingDouble((StrategyElement e) -> -TitleMatcher.similarity(stated, e.title())))
        .limit(NEAREST)
        .collect(ImmutableList.toImmutableList());
    return new TitleResolution(null, nearest);
  }

  private static boolean fits(StrategyElement e, Optional<AlignmentLevel> level) {
    return level.isPresent() && fits(e.kind(), level.get());
  }

  /** Whether one of the element's titles has the words, in order and side by side. */
  private static boolean holdsRun(StrategyElement e, List<String> words) {
    for (Label label : e.title().labels()) {
      List<String> title = TitleMatcher.words(label.text());
      for (int start = 0; start + words.size() <= title.size(); start++) {
        if (title.subList(start, start + words.size()).equals(words)) {
          return true;
        }
      }
    }
    return false;
  }
}
