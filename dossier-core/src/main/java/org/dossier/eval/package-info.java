/** Evaluation: scores pipeline stages against the public data sets under {@code ../shared/data}. */
package org.dossier.eval;
