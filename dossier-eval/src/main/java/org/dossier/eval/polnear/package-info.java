/**
 * Quotation extraction scored on PolNeAR: the corpus reader, the {@link org.dossier.eval.polnear.QuoteSystem}
 * contract with Dossier and CoreNLP behind it, and {@link org.dossier.eval.polnear.QuoteEval}, which matches and
 * scores.
 */
package org.dossier.eval.polnear;
