package org.ifla.strategy.examples.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body over {@code strategy.service.max-body-size} with {@code 413}: at once when its
 * {@code Content-Length} says so, otherwise (a chunked body) when reading passes the limit. The page's uploads get
 * an HTML answer, the API a problem. What was read of a body is kept (it is within the limit) for the problem of
 * an unreadable document ({@link #bodyRead}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class BodySizeLimitFilter extends OncePerRequestFilter {
  /** The request attribute that holds what was read of the body. */
  private static final String BODY = BodySizeLimitFilter.class.getName() + ".body";

  private final long limit;
  private final JsonMapper mapper;

  /** The bytes of the request's body that the service read, or null when it read none. */
  static byte[] bodyRead(HttpServletRequest request) {
    Object stream = request.getAttribute(BODY);
    return stream instanceof LimitedStream s ? s.copy.toByteArray() : null;
  }

  BodySizeLimitFilter(ServiceProperties properties, JsonMapper mapper) {
    this.limit = properties.maxBodySize().toBytes();
    this.mapper = mapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limit) {
      BodyTooLargeException e = new BodyTooLargeException(limit);
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      if (PageController.isPage(request)) {
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write(PlanPage.error(PageText.of(request.getLocale()), e.getMessage()));
      } else {
        ProblemDetail problem = ProblemHandler.tooLarge(e);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(mapper.writeValueAsString(problem));
      }
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** A request whose body stream fails past the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), limit);
        setAttribute(BODY, stream);
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private long read;

    LimitedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
        copy.write(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
        copy.write(buffer, offset, n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
