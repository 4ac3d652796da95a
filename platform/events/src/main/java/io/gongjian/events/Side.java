package io.gongjian.events;

/** Shared kernel of the contexts. Who leads or organises something: one of the two parties, or both. */
public enum Side {
    UNIVERSITY("校方"),
    ENTERPRISE("企业方"),
    JOINT("双方联合");

    private final String chineseName;

    Side(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
