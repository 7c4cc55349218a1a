/**
 * Demo and sample data: {@link org.channelcenter.demo.control.SampleData} persists what the entity builders
 * describe (tests use it too); {@link org.channelcenter.demo.boundary.DemoDataLoader} fills an empty
 * database when the {@code cc.demo.data} server variable is true.
 */
package org.channelcenter.demo;
