/** SUTime (Stanford CoreNLP's temporal tagger) as a system for the dates harness, for comparison with Dossier's rules. */
package org.dossier.eval.sutime;
