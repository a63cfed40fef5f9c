/**
 * Reading OFD reports (GB/T 33190) with ofdrw: the package unpacked within bounds, each page's
 * text and paths laid out as the PDF reader's are. Uses read, layout and ocr.
 */
package org.nianbao.read.ofd;
