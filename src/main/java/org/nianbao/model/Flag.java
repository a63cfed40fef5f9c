package org.nianbao.model;

import org.nianbao.doc.SourcePos;

/** A doubt about one field (or the whole report when {@code field} is empty), with its reason and place. */
public record Flag(String field, String reason, SourcePos pos) {}
