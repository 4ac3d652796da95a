package io.gongjian.evaluation.application;

import java.util.Optional;
import java.util.UUID;

/** Port: the rebuilds of the read model, at most one of them unfinished. */
public interface RebuildStore {

    /** The unfinished rebuild, locked until the transaction ends: its steps and its takers wait for each other. */
    Optional<ReadModelRebuild> running();

    /** Adds a rebuild unless one is unfinished; false then. */
    boolean add(ReadModelRebuild rebuild);

    void save(ReadModelRebuild rebuild);

    Optional<ReadModelRebuild> find(UUID id);
}
