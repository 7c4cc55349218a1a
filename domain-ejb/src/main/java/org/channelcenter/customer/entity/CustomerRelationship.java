package org.channelcenter.customer.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.entity.OrganizationKind;

/**
 * A reseller relationship (SPEC §6): one partner, reseller or provider, administers one customer. At most one
 * ACTIVE relationship per customer-partner pair ({@code active_pair} is unique while active, NULL after).
 * Removing keeps the row as history. Access to a customer's data is decided by reading this row on every
 * request, so a removed partner is refused at its very next request.
 */
@Entity
@Table(name = "customer_relationship")
@NamedQuery(
        name = CustomerRelationship.ACTIVE_FOR_PAIR,
        query = "select r from CustomerRelationship r" + " where r.activePair = :pair")
public class CustomerRelationship {

    public static final String ACTIVE_FOR_PAIR = "CustomerRelationship.activeForPair";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Organization customer;

    // the same column as a plain value, read-only, for queries that compare two relationships' customers: comparing
    // the associations (or their ids) makes EclipseLink join the organization table into the comparison
    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Organization partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reseller_id", nullable = false, updatable = false)
    private Organization reseller;

    // Copies of the customer's name, domain and country (none of them ever changes) so that a partner's
    // customers are read in any of these orders from an index of its own relationships, a page at a time.
    @Column(name = "customer_name", nullable = false, updatable = false)
    private String customerName;

    @Column(name = "customer_domain", nullable = false, updatable = false)
    private String customerDomain;

    @Column(name = "customer_country", nullable = false, updatable = false)
    private String customerCountry;

    // Lower-case sort and search keys (V17): the name's, for the case-insensitive order and "starts with" search
    // (Derby cannot index lower(name)), and the reseller's name's, for the provider's Reseller column.
    @Column(name = "customer_name_key", nullable = false, updatable = false)
    private String customerNameKey;

    @Column(name = "reseller_name_key", nullable = false, updatable = false)
    private String resellerNameKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id", updatable = false)
    private CustomerInvitation invitation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RelationshipStatus status;

    @Column(name = "active_pair")
    private String activePair;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Version
    private long version;

    protected CustomerRelationship() {
        // for JPA
    }

    /**
     * A relationship that starts now between {@code customer} and {@code partner}; {@code reseller} is the
     * reseller the customer belongs to (the partner itself when it is a reseller). {@code invitation} is the
     * accepted one, or null (demo data).
     */
    public CustomerRelationship(
            Organization customer,
            Organization partner,
            Organization reseller,
            CustomerInvitation invitation,
            String startedBy,
            Instant now) {
        if (customer.getKind() != OrganizationKind.CUSTOMER
                || !partner.getKind().isPartner()
                || reseller.getKind() != OrganizationKind.RESELLER
                || (partner.getKind() == OrganizationKind.RESELLER
                        && !partner.getId().equals(reseller.getId()))) {
            throw new IllegalArgumentException("a relationship joins a customer and a partner of one of its resellers");
        }
        this.customer = customer;
        this.partner = partner;
        this.reseller = reseller;
        this.customerName = customer.getName();
        this.customerDomain = customer.getDirectoryDomain();
        this.customerCountry = customer.getCountryCode();
        this.customerNameKey = nameKey(customer.getName());
        this.resellerNameKey = nameKey(reseller.getName());
        this.invitation = invitation;
        this.status = RelationshipStatus.ACTIVE;
        this.activePair = pairKey(customer.getId(), partner.getId());
        this.startedAt = Objects.requireNonNull(now, "now");
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    }

    /** The lower-case key a name is sorted and searched by (the same rule as the V17 migration's LOWER). */
    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public static String pairKey(long customerId, long partnerId) {
        return customerId + ":" + partnerId;
    }

    /** The customer's admin removes the partner: it loses access at once; the row stays as history. */
    public void remove(String byLogin, Instant now) {
        if (!isActive()) {
            throw new CustomerRefusedException(CustomerRefusedException.Reason.ALREADY_REMOVED);
        }
        status = RelationshipStatus.REMOVED;
        activePair = null;
        removedAt = now;
        removedBy = byLogin;
    }

    public boolean isActive() {
        return status == RelationshipStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Organization getCustomer() {
        return customer;
    }

    public Organization getPartner() {
        return partner;
    }

    public Organization getReseller() {
        return reseller;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerDomain() {
        return customerDomain;
    }

    public String getCustomerCountry() {
        return customerCountry;
    }

    public CustomerInvitation getInvitation() {
        return invitation;
    }

    public RelationshipStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public long getVersion() {
        return version;
    }
}
