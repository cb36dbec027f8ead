package org.ifla.strategy.examples.service;

import java.io.IOException;

/** A request body beyond {@code strategy.service.max-body-size}, answered {@code 413}. */
final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  BodyTooLargeException(long limit) {
    super("The request body is larger than the service accepts (" + limit + " bytes)");
  }
}
