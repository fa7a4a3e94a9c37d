package io.github.egovsdk.fuzz;

import java.util.Arrays;

/**
 * The layout of a scripted-reply input, simple enough to write a regression input by hand: byte 0 picks the call,
 * byte 1 the HTTP status, byte 2 (odd) breaks the body after the big-endian count in bytes 3–4; the rest is the body.
 */
final class ScriptedInput {
    private static final int[] STATUSES = {200, 200, 200, 400, 401, 500, 503};
    private static final int HEADER = 5;

    private ScriptedInput() {}

    static int call(byte[] input, int calls) {
        return input.length == 0 ? 0 : (input[0] & 0xFF) % calls;
    }

    static ScriptedTransport.Answer answer(byte[] input) {
        int status = STATUSES[input.length > 1 ? (input[1] & 0xFF) % STATUSES.length : 0];
        int failAfter = input.length > 4 && (input[2] & 1) == 1 ? ((input[3] & 0xFF) << 8) | (input[4] & 0xFF) : -1;
        byte[] body = input.length > HEADER ? Arrays.copyOfRange(input, HEADER, input.length) : new byte[0];
        return new ScriptedTransport.Answer(status, "application/json", body, failAfter);
    }
}
