/**
 * What nianbao makes of a report, as immutable values: the {@link org.nianbao.model.Report} with its
 * values, flags, check results and narrative results, and where each value was read. Uses
 * {@code form}, {@code document} and {@code message}.
 */
package org.nianbao.model;
