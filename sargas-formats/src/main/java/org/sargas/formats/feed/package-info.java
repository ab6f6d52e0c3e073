/**
 * The one place that picks the frame → observations decoder of a feed's wire format ({@link
 * org.sargas.formats.feed.ObservationDecoders}); every runtime decodes through it.
 */
package org.sargas.formats.feed;
