package vn.coop.sangtao.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's settings agree with the rest of the deployment: it calls the gateway, sends browsers
 * to the issuer the tokens carry, and identity sends them back to a host the Ingress routes to the
 * gateway, which routes them to the console.
 */
class ConsoleManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldCallTheGatewayAndIdentityInsideTheCluster(String kustomization) {
        Render render = Render.of(kustomization);
        Map<String, Object> console = consoleEnvironment(render);
        assertThat(console).containsEntry("SANGTAO_CONSOLE_GATEWAY_URI", "http://gateway:" + Apps.PORTS.get("gateway"))
                .containsEntry("SANGTAO_CONSOLE_IDENTITY_URI", "http://identity:" + Apps.PORTS.get("identity"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldSendBrowsersToTheIssuerOfTheTokens(String kustomization) {
        Render render = Render.of(kustomization);
        String issuer = Tree.text(render.find("ConfigMap", "sangtao-config").orElseThrow(), "data.SANGTAO_IDENTITY_ISSUER");
        assertThat(consoleEnvironment(render)).as(render + ": the console's issuer is the one the services validate")
                .containsEntry("SANGTAO_CONSOLE_ISSUER", issuer);
        assertThat(ingressBackend(render, URI.create(issuer).getHost())).as(render + ": the issuer's host is served by identity")
                .contains("identity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldRegisterACallbackThatTheIngressSendsToTheGateway(String kustomization) {
        Render render = Render.of(kustomization);
        URI callback = URI.create(Tree.text(render.find("ConfigMap", "sangtao-identity-config").orElseThrow(),
                "data.SANGTAO_IDENTITY_CONSOLE_REDIRECT_URI"));
        assertThat(callback.getScheme()).isEqualTo("https");
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/console");
        assertThat(ingressBackend(render, callback.getHost())).as(render + ": " + callback.getHost() + " reaches the gateway")
                .contains("gateway");
        // the console builds the callback it asks for from its public address: it must be the registered one
        assertThat(consoleEnvironment(render).get("SANGTAO_CONSOLE_PUBLIC_URI") + "/login/oauth2/code/console")
                .as(render + ": the console asks for the callback identity registered").isEqualTo(callback.toString());
    }

    /** The ConfigMaps the console reads, merged in envFrom order (a later one wins). */
    private static Map<String, Object> consoleEnvironment(Render render) {
        Map<String, Object> container = Tree.maps(render.find("Deployment", "console").orElseThrow(), "spec.template.spec.containers").get(0);
        Map<String, Object> environment = new java.util.LinkedHashMap<>();
        for (Map<String, Object> source : Tree.maps(container, "envFrom")) {
            String name = Tree.text(source, "configMapRef.name");
            environment.putAll(Tree.map(render.find("ConfigMap", name).orElseThrow(() -> new AssertionError("no ConfigMap " + name)), "data"));
        }
        return environment;
    }

    private static Optional<String> ingressBackend(Render render, String host) {
        return render.ofKind("Ingress").stream()
                .flatMap(ingress -> Tree.maps(ingress, "spec.rules").stream())
                .filter(rule -> host.equals(rule.get("host")))
                .flatMap(rule -> Tree.maps(rule, "http.paths").stream())
                .filter(path -> "/".equals(path.get("path")))
                .map(path -> Tree.text(path, "backend.service.name"))
                .findFirst();
    }
}
