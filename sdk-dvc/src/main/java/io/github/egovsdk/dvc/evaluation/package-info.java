/**
 * Satisfaction evaluations (đánh giá hài lòng) of dossiers, as data. <b>Experimental:</b> no public portal API for
 * synchronising evaluations is known (identity-and-public-service-portal.md §12, open question 7), so the SDK only
 * models them and lets the caller plug a transport in through {@link io.github.egovsdk.dvc.evaluation.EvaluationSubmitter}.
 */
package io.github.egovsdk.dvc.evaluation;
