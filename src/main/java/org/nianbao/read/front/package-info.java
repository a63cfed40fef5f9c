/**
 * The front door of reading: the {@link org.nianbao.read.front.Detector} tells once what an input
 * is, {@link org.nianbao.read.front.Readers} hands it to the reader of that form and reads the
 * pictures it holds, and the assembly puts a report of several files or parts together. It uses
 * read and every format package; only the pipeline and the fetcher use it.
 */
package org.nianbao.read.front;
