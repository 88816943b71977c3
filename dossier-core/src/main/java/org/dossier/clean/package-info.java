/**
 * Cleaning: bytes to text (encoding detection, mojibake repair), HTML to the article's main text, and removal of
 * boilerplate (comment widgets, teasers, blurbs, repeats, cut-off fragments) with a map from cleaned to raw offsets.
 */
package org.dossier.clean;
