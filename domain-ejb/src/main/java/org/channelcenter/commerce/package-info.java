/** Commerce: the offer catalog kept by staff, and (later) orders, subscriptions and licenses. */
package org.channelcenter.commerce;
