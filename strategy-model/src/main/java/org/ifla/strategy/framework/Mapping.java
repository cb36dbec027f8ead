package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a {@link Crosswalk}: an element of the older edition ({@link #source()}), how it corresponds
 * ({@link #kind()}) to an element of the newer edition ({@link #target()}), and a short rationale. A
 * {@link MappingKind#RETIRED} entry has a source and no target; a {@link MappingKind#NEW} entry a target and no
 * source; every other kind has both.
 *
 * <p>Immutable and thread-safe; make with {@link #of(ElementId, MappingKind, ElementId, String)},
 * {@link #retired(ElementId, String)} or {@link #newElement(ElementId, String)}.
 */
@Value.Immutable
public abstract class Mapping {
  Mapping() {}

  /**
   * Returns a correspondence from an older element to a newer one.
   *
   * @param source the element of the older edition
   * @param kind how it corresponds; not {@link MappingKind#RETIRED} or {@link MappingKind#NEW}
   * @param target the element of the newer edition
   * @param rationale why, in a sentence; not blank
   * @return the mapping
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the kind is one-sided or the rationale is blank
   */
  public static Mapping of(ElementId source, MappingKind kind, ElementId target, String rationale) {
    return new MappingBuilder().source(source).kind(kind).target(target).rationale(rationale).build();
  }

  /**
   * Returns an entry saying an older element has no successor.
   *
   * @param source the element of the older edition
   * @param rationale why, in a sentence; not blank
   * @return the mapping, of kind {@link MappingKind#RETIRED}
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the rationale is blank
   */
  public static Mapping retired(ElementId source, String rationale) {
    return new MappingBuilder().source(source).kind(MappingKind.RETIRED).rationale(rationale).build();
  }

  /**
   * Returns an entry saying a newer element has no predecessor.
   *
   * @param target the element of the newer edition
   * @param rationale why, in a sentence; not blank
   * @return the mapping, of kind {@link MappingKind#NEW}
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the rationale is blank
   */
  public static Mapping newElement(ElementId target, String rationale) {
    return new MappingBuilder().target(target).kind(MappingKind.NEW).rationale(rationale).build();
  }

  /**
   * Returns the element of the older edition.
   *
   * @return the source, or empty for a {@link MappingKind#NEW} entry
   */
  public abstract Optional<ElementId> source();

  /**
   * Returns how the source corresponds to the target.
   *
   * @return the kind
   */
  public abstract MappingKind kind();

  /**
   * Returns the element of the newer edition.
   *
   * @return the target, or empty for a {@link MappingKind#RETIRED} entry
   */
  public abstract Optional<ElementId> target();

  /**
   * Returns why the elements correspond (or why there is no counterpart), in a sentence or two.
   *
   * @return the rationale, never blank
   */
  public abstract String rationale();

  @Value.Check
  void check() {
    checkState(!rationale().isBlank(), "mapping %s: blank rationale", this);
    switch (kind()) {
      case RETIRED:
        checkState(source().isPresent() && target().isEmpty(),
            "a retired mapping has a source and no target: %s", this);
        break;
      case NEW:
        checkState(source().isEmpty() && target().isPresent(),
            "a new mapping has a target and no source: %s", this);
        break;
      default:
        checkState(source().isPresent() && target().isPresent(),
            "a %s mapping has a source and a target: %s", kind(), this);
        break;
    }
  }

  /**
   * Returns {@code SOURCE KIND TARGET}, with {@code -} for a missing side, as the bundled crosswalk files write
   * it (without the rationale).
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return source().map(ElementId::toString).orElse("-") + " " + kind() + " "
        + target().map(ElementId::toString).orElse("-");
  }
}
