/** The application: the {@link org.dossier.app.Dossier} facade and the command line built on it. */
package org.dossier.app;
