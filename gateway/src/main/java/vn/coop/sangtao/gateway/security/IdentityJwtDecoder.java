package vn.coop.sangtao.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Marks a failure to fetch identity's JWK set as a JWT processing failure (not a bad token), so it
 * surfaces as an AuthenticationServiceException and is answered 503 rather than 401 or 500: the
 * client's token may be fine, identity is just not reachable yet.
 */
class IdentityJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;

    IdentityJwtDecoder(ReactiveJwtDecoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return delegate.decode(token)
                .onErrorMap(error -> !(error instanceof JwtException),
                        error -> new JwtException("identity keys unavailable: " + error.getMessage(), error));
    }
}
