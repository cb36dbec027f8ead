package org.ifla.strategy.examples.service;

/** An edition id that names no bundled edition, answered {@code 404}. */
final class UnknownEditionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnknownEditionException(String id) {
    super("No bundled edition has the id " + Excerpts.of(id));
  }
}
