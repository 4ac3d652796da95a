package io.gongjian.evaluation.application;

/** Rebuilds the read model and the current scores from the beginning of both topics. */
public interface ReadModelReplay {

    RebuildReport rebuild();
}
