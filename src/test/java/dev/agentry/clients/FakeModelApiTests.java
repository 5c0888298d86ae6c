package dev.agentry.clients;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FakeModelApiTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final Delegation TWO_AGENTS = new Delegation("task",
            List.of(Map.of("subagent_type", "a"), Map.of("subagent_type", "b")), List.of("You are agent a.", "You are agent b."));

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        try (FakeModelApi api = FakeModelApi.start(TWO_AGENTS, Duration.ofSeconds(1))) {
            assertThat(api.base().getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void theFirstRequestOfferingTheToolGetsOneCallPerAgentInOneMessageAndTheRestGetText() throws Exception {
        try (FakeModelApi api = FakeModelApi.start(TWO_AGENTS, Duration.ofSeconds(1))) {
            String offer = "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}],"
                    + " \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"task\"}}]}";
            JsonNode first = post(api.base().resolve("/v1/chat/completions"), offer);
            JsonNode calls = first.path("choices").path(0).path("message").path("tool_calls");
            assertThat(calls.size()).isEqualTo(2);
            assertThat(calls.path(1).path("id").asString()).startsWith(FakeModelApi.CALL_ID_PREFIX);
            assertThat(Http.JSON.readTree(calls.path(1).path("function").path("arguments").asString()).path("subagent_type")
                    .asString()).isEqualTo("b");
            assertThat(api.delegated()).isTrue();

            JsonNode again = post(api.base().resolve("/v1/chat/completions"), offer);
            assertThat(again.path("choices").path(0).path("message").path("content").asString()).isEqualTo(Wire.TEXT);
            assertThat(api.requests()).hasSize(2);
        }
    }

    @Test
    void callsOneAtATimeFollowAsTheResultsComeBack() throws Exception {
        Delegation oneByOne = new Delegation(TWO_AGENTS.tool(), TWO_AGENTS.calls(), TWO_AGENTS.instructions(), 1);
        try (FakeModelApi api = FakeModelApi.start(oneByOne, Duration.ofSeconds(1))) {
            String offer = "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}],"
                    + " \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"task\"}}]}";
            JsonNode first = post(api.base().resolve("/v1/chat/completions"), offer).path("choices").path(0).path("message")
                    .path("tool_calls");
            assertThat(first.size()).isEqualTo(1);
            String result = "{\"model\": \"m\", \"messages\": [{\"role\": \"tool\", \"tool_call_id\": \""
                    + FakeModelApi.CALL_ID_PREFIX + "1\", \"content\": \"ok\"}],"
                    + " \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"task\"}}]}";
            JsonNode second = post(api.base().resolve("/v1/chat/completions"), result).path("choices").path(0).path("message")
                    .path("tool_calls");
            assertThat(second.size()).isEqualTo(1);
            assertThat(second.path(0).path("id").asString()).isEqualTo(FakeModelApi.CALL_ID_PREFIX + "2");
            assertThat(Http.JSON.readTree(second.path(0).path("function").path("arguments").asString()).path("subagent_type")
                    .asString()).isEqualTo("b");
            JsonNode last = post(api.base().resolve("/v1/chat/completions"), result);
            assertThat(last.path("choices").path(0).path("message").path("content").asString()).isEqualTo(Wire.TEXT);
        }
    }

    @Test
    void aSubagentsRequestIsAnsweredWithTextEvenWhenItOffersTheTool() throws Exception {
        try (FakeModelApi api = FakeModelApi.start(TWO_AGENTS, Duration.ofSeconds(1))) {
            String subagent = "{\"model\": \"m\", \"messages\": [{\"role\": \"system\", \"content\": \"You are agent a.\"}],"
                    + " \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"task\"}}]}";
            JsonNode reply = post(api.base().resolve("/v1/chat/completions"), subagent);
            assertThat(reply.path("choices").path(0).path("message").path("content").asString()).isEqualTo(Wire.TEXT);
            assertThat(api.delegated()).isFalse();
        }
    }

    private static JsonNode post(URI uri, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.JSON.readTree(response.body());
    }
}
