package org.channelcenter.commerce.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.channelcenter.directory.entity.Organization;

/**
 * An order a provider placed on behalf of a customer, naming the reseller of record (SPEC §7). Each line is
 * one offer, at most once per order; the order is fulfilled as it is placed, each line creating a
 * subscription or adding licenses to one.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Organization customer;

    // the same column as a plain value, read-only, for the Orders page's look-up of the caller's relationship with
    // the order's customer: through the association, EclipseLink joins the organization table into it
    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Organization provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reseller_id", nullable = false, updatable = false)
    private Organization reseller;

    @Column(name = "placed_by", nullable = false, updatable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    private List<OrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected CustomerOrder() {
        // for JPA
    }

    public CustomerOrder(
            Organization customer, Organization provider, Organization reseller, String placedBy, Instant now) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.reseller = Objects.requireNonNull(reseller, "reseller");
        this.placedBy = Objects.requireNonNull(placedBy, "placedBy");
        this.placedAt = Objects.requireNonNull(now, "now");
        this.status = OrderStatus.COMPLETED;
    }

    /**
     * Adds the line that ordered {@code quantity} of the offer into {@code subscription} (just created when
     * {@code created}); an offer appears once per order.
     */
    public OrderLine add(Offer offer, int quantity, Subscription subscription, boolean created) {
        if (lines.stream().anyMatch(line -> line.getOffer() == offer)) {
            throw new CommerceRefusedException(CommerceRefusedException.Reason.DUPLICATE_OFFER);
        }
        OrderLine line = new OrderLine(this, offer, quantity, subscription, created);
        lines.add(line);
        return line;
    }

    public Long getId() {
        return id;
    }

    public Organization getCustomer() {
        return customer;
    }

    public Organization getProvider() {
        return provider;
    }

    public Organization getReseller() {
        return reseller;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
