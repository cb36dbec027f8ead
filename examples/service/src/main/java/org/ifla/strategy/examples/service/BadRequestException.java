package org.ifla.strategy.examples.service;

/**
 * A request the service cannot answer as asked, answered {@code 400} with a problem of the given type. Its texts
 * hold no more of the request than an {@link Excerpts excerpt}.
 */
final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String title;

  BadRequestException(String type, String title, String detail) {
    super(detail);
    this.type = type;
    this.title = title;
  }

  /** The problem type's last segment ({@code unsupported-language}). */
  String type() {
    return type;
  }

  /** The problem's title. */
  String title() {
    return title;
  }
}
