/** The benchmark: the whole pipeline over a corpus, timed, with CoreNLP's quote pipeline as the baseline. */
package org.dossier.bench;
