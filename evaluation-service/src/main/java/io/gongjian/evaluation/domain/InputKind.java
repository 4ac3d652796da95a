package io.gongjian.evaluation.domain;

/** The evaluators' inputs this context owns. */
public enum InputKind {
    ASSESSMENT("assessment"),
    SURVEY("survey batch"),
    RECTIFICATION("rectification item");

    private final String label;

    InputKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
