package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.corroborate.corpus.EsSettings;
import org.corroborate.extract.RuleKinds;
import org.corroborate.http.ApiServer;
import org.corroborate.http.ServeSettings;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code corroborate keys}: create prints the key alone, the key opens the API, revoking it shuts it out. */
@ExtendWith(LocalElasticsearch.class)
class KeysCommandIntegrationTest {
    private static final String PREFIX = "it-keys-cli";

    @Test
    void aCreatedKeyWorksUntilItIsRevoked(URI es) throws Exception {
        CliRun create = CliRun.of("keys", "create", "--role", "editor", "--name", "night-desk", "--es", es.toString(),
                "--index-prefix", PREFIX);
        assertThat(create.exit()).as(create.err()).isZero();
        String key = create.out().strip();
        assertThat(create.out()).isEqualTo(key + System.lineSeparator());
        assertThat(key).matches("crb_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");

        RulePacks packs = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
        try (ApiServer server = ApiServer.create(ServeSettings.defaults(EsSettings.of(es), PREFIX), packs,
                Checker.places(packs), a -> {
                    throw new AssertionError("no check in this test");
                }).start(0)) {
            assertThat(reviewStatus(server, key)).isEqualTo(200);

            CliRun list = CliRun.of("keys", "list", "--es", es.toString(), "--index-prefix", PREFIX);
            assertThat(list.out()).contains("night-desk\teditor").doesNotContain(key);

            CliRun revoke = CliRun.of("keys", "revoke", "night-desk", "--es", es.toString(), "--index-prefix", PREFIX);
            assertThat(revoke.exit()).as(revoke.err()).isZero();
            assertThat(revoke.out()).isEmpty();
            assertThat(reviewStatus(server, key)).isEqualTo(401);
        }
    }

    @Test
    void anUnknownRoleIsRejected(URI es) {
        CliRun create = CliRun.of("keys", "create", "--role", "owner", "--name", "x", "--es", es.toString(),
                "--index-prefix", PREFIX);
        assertThat(create.exit()).isEqualTo(3);
        assertThat(create.out()).isEmpty();
        assertThat(create.err()).startsWith("corroborate: bad-role: ");
    }

    @Test
    void revokingAnUnknownKeyIsRejected(URI es) {
        CliRun revoke = CliRun.of("keys", "revoke", "nobody", "--es", es.toString(), "--index-prefix", PREFIX);
        assertThat(revoke.exit()).isEqualTo(3);
        assertThat(revoke.err()).startsWith("corroborate: no-such-key: ");
    }

    private static int reviewStatus(ApiServer server, String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/v1/review"))
                .header("Authorization", "Bearer " + key).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
