/** Cross-document entity resolution scored on NewsReader MEANTIME (English): B³ over the mentions of linked instances. */
package org.dossier.eval.meantime;
