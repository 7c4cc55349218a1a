/**
 * Demo and sample data: {@link org.channelcenter.demo.control.SampleData} persists what the entity builders
 * describe (tests use it too); {@link org.channelcenter.demo.control.DemoNetwork} is the README's demo network;
 * {@link org.channelcenter.demo.boundary.DemoDataLoader} loads it into an empty database (and its orders into
 * one without them) when the {@code cc.demo.data} server variable is true.
 */
package org.channelcenter.demo;
