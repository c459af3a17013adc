package dev.tandem.system;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses a request whose declared body is larger than allowed with 413 and a reason, before anything reads it.
 * File uploads (multipart) have their own, larger limit, which the servlet container also enforces while reading;
 * a body without a declared length is bounded by the container's swallow size.
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxMultipart;
    private final ObjectMapper json;

    RequestSizeLimitFilter(long maxBody, long maxMultipart, ObjectMapper json) {
        if (maxBody <= 0 || maxMultipart <= 0) {
            throw new IllegalArgumentException("request size limits must be positive");
        }
        this.maxBody = maxBody;
        this.maxMultipart = maxMultipart;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        long limit = multipart ? maxMultipart : maxBody;
        long length = request.getContentLengthLong();
        if (length > limit) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "request body is " + length + " bytes; at most " + limit + " bytes are accepted");
            problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "body",
                    "reason", "larger than " + limit + " bytes")));
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setHeader("Connection", "close");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(problem));
            return;
        }
        chain.doFilter(length < 0 && !multipart ? new BoundedRequest(request, limit) : request, response);
    }

    /** Thrown while reading a body that declared no length and turned out larger than allowed. */
    static final class BodyTooLargeException extends IOException {
        private final long limit;

        BodyTooLargeException(long limit) {
            super("request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    /** A request whose body (sent without a declared length) may be read up to the limit and no further. */
    private static final class BoundedRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final long limit;

        BoundedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            jakarta.servlet.ServletInputStream in = super.getInputStream();
            return new jakarta.servlet.ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new BodyTooLargeException(limit);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > limit) {
                        throw new BodyTooLargeException(limit);
                    }
                    return n;
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
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
