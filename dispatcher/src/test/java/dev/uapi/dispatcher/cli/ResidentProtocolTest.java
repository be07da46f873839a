package dev.uapi.dispatcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentProtocolTest {

    @Test
    void aRequestArrivesWithEveryCharacterAndByte() throws IOException {
        byte[] stdin = new byte[256];
        for (int i = 0; i < stdin.length; i++) {
            stdin[i] = (byte) i;
        }
        ResidentProtocol.Request sent = new ResidentProtocol.Request("fingerprint\nline", "/home/ä",
                List.of("--user=alice", "", "ünïcödé 😀", "a=b\u0000c"), stdin);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResidentProtocol.write(sent, bytes);

        ResidentProtocol.Request read = ResidentProtocol.readRequest(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.fingerprint()).isEqualTo(sent.fingerprint());
        assertThat(read.home()).isEqualTo(sent.home());
        assertThat(read.args()).isEqualTo(sent.args());
        assertThat(read.stdin()).isEqualTo(stdin);
    }

    @Test
    void aRequestWithoutStandardInputSaysSo() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResidentProtocol.write(new ResidentProtocol.Request("f", "/h", List.of(), null), bytes);

        assertThat(ResidentProtocol.readRequest(new ByteArrayInputStream(bytes.toByteArray())).stdin()).isNull();
    }

    @Test
    void anAnswerCarriesTheStatusAndBothStreams() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResidentProtocol.write(new ResidentProtocol.Answer(1, "out\n".getBytes(StandardCharsets.UTF_8),
                "err\n".getBytes(StandardCharsets.UTF_8), null), bytes);

        ResidentProtocol.Answer read = ResidentProtocol.readAnswer(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.ran()).isTrue();
        assertThat(read.status()).isEqualTo(1);
        assertThat(new String(read.out(), StandardCharsets.UTF_8)).isEqualTo("out\n");
        assertThat(new String(read.err(), StandardCharsets.UTF_8)).isEqualTo("err\n");
    }

    @Test
    void aDeclinedCallSaysWhy() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResidentProtocol.write(ResidentProtocol.Answer.declined(ResidentProtocol.Answer.CHANGED), bytes);

        ResidentProtocol.Answer read = ResidentProtocol.readAnswer(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.ran()).isFalse();
        assertThat(read.declined()).isEqualTo(ResidentProtocol.Answer.CHANGED);
    }

    @Test
    void anAnswerCutShortIsTheEndOfTheStream() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResidentProtocol.write(new ResidentProtocol.Answer(0, new byte[100], new byte[0], null), bytes);
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), 50);

        assertThatThrownBy(() -> ResidentProtocol.readAnswer(new ByteArrayInputStream(cut)))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void theGreetingCarriesTheKeyAndOnlyTheHostsReplyIsListening() throws IOException {
        ByteArrayOutputStream greeting = new ByteArrayOutputStream();
        ResidentProtocol.writeGreeting(new byte[] {1, 2, 3}, greeting);
        ByteArrayOutputStream listening = new ByteArrayOutputStream();
        ResidentProtocol.writeListening(listening);

        assertThat(ResidentProtocol.readGreeting(new ByteArrayInputStream(greeting.toByteArray())))
                .containsExactly(1, 2, 3);
        assertThat(ResidentProtocol.readListening(new ByteArrayInputStream(listening.toByteArray()))).isTrue();
        assertThat(ResidentProtocol.readListening(new ByteArrayInputStream(new byte[0]))).isFalse();
        assertThat(ResidentProtocol.readListening(new ByteArrayInputStream(
                "HTTP/1.1 400 Bad Request\r\n".getBytes(StandardCharsets.US_ASCII)))).isFalse();
    }

    @Test
    void aFrameLengthBeyondTheLimitIsRefusedBeforeAnythingIsAllocated() {
        byte[] hostile = {0x55, 0x41, 0x50, 0x52, 0, 0, 0, 1, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};

        assertThatThrownBy(() -> ResidentProtocol.readGreeting(new ByteArrayInputStream(hostile)))
                .isInstanceOf(IOException.class).hasMessageContaining("bytes");
    }
}
