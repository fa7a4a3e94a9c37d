package io.github.egovsdk.dvc.evaluation;

import java.util.List;

/**
 * SPI — <b>experimental</b>: sends evaluations somewhere (a provincial reporting system, a future portal API). No
 * public national-portal API for evaluations is known, so the SDK ships no implementation; this interface may change
 * incompatibly when one is published. Implementations must be thread-safe and should be idempotent per
 * {@code (dossierCode, kind, evaluatedAt)} so a retried submission does not count twice.
 */
@FunctionalInterface
public interface EvaluationSubmitter {

    /**
     * Submits the evaluations; returns normally when all were accepted.
     *
     * @throws io.github.egovsdk.core.EgovException when the receiving system refuses or cannot be reached
     */
    void submit(List<Evaluation> evaluations);
}
