/** Time: temporal expressions found in text and normalized to TimeML values against the document date. */
package org.dossier.extract.time;
