package io.gongjian.evaluation.domain;

import io.gongjian.records.domain.Closing;
import io.gongjian.records.domain.Kind;

/** The evaluators' inputs this context owns; an input is withdrawn, never deleted. */
public enum InputKind implements Kind {
    ASSESSMENT("assessment", AssessmentDetails.class),
    SURVEY("survey batch", SurveyDetails.class),
    RECTIFICATION("rectification item", RectificationDetails.class);

    private final String label;
    private final Class<? extends InputDetails> details;

    InputKind(String label, Class<? extends InputDetails> details) {
        this.label = label;
        this.details = details;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Closing closing() {
        return Closing.WITHDRAW;
    }

    /** What an input of this kind says. */
    public Class<? extends InputDetails> details() {
        return details;
    }
}
