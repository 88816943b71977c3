/** The {@code dossier} command line: one picocli command per verb, each a thin layer over {@link org.dossier.app.Dossier}. */
package org.dossier.app.cli;
