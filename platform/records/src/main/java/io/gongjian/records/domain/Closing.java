package io.gongjian.records.domain;

import io.gongjian.commons.domain.Message;

/** How a record is taken back: it stays readable with the reason, and no longer counts. */
public enum Closing {
    /** What the parties logged is revoked (撤销). */
    REVOKE("revoke", "revoked", "REVOKED"),
    /** What an evaluator recorded is withdrawn (撤回). */
    WITHDRAW("withdraw", "withdrawn", "WITHDRAWN");

    private final String verb;
    private final String participle;
    private final String status;

    Closing(String verb, String participle, String status) {
        this.verb = verb;
        this.participle = participle;
        this.status = status;
    }

    public String verb() {
        return verb;
    }

    /** Also the action the change history names. */
    public String participle() {
        return participle;
    }

    /** The participle in the caller's language: revoked, 撤销. */
    public Message said() {
        return Message.of("closing." + participle);
    }

    /** The status of a record taken back this way. */
    public String status() {
        return status;
    }
}
