/** The pipeline: clean, annotate and extract one article; a worker pool runs it over many. */
package org.dossier.pipeline;
