/**
 * Satisfaction evaluations (đánh giá hài lòng) of dossiers, as data. <b>Experimental:</b> no public portal API for
 * synchronising evaluations is known (public one-stop systems such as the Thanh Hóa DVC system keep them locally, with
 * the tiers RHL, HL, BT, KHL, RKHL), so the SDK only models them and lets the caller plug a transport in through
 * {@link io.github.egovsdk.dvc.evaluation.EvaluationSubmitter}.
 */
package io.github.egovsdk.dvc.evaluation;
