/** Resolution across documents: what one article tells about another, such as the date of an event both report. */
package org.dossier.resolve;
