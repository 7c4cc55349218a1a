package org.channelcenter.it.security;

import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.channelcenter.audit.boundary.AuditFilter;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.boundary.DocumentFormat;
import org.channelcenter.billing.boundary.NewPayment;
import org.channelcenter.billing.boundary.NewPriceRule;
import org.channelcenter.commerce.boundary.NewOrder;
import org.channelcenter.commerce.boundary.OfferDetails;
import org.channelcenter.customer.boundary.CustomerFilter;
import org.channelcenter.customer.boundary.CustomerUserChange;
import org.channelcenter.customer.boundary.NewCustomerInvitation;
import org.channelcenter.customer.boundary.NewCustomerUser;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.membership.boundary.ProfileChange;
import org.channelcenter.membership.boundary.ProfileDraft;
import org.channelcenter.partnership.boundary.ListingDetails;

/**
 * The matrix's cases: for each boundary method {@link BoundaryMethods} finds, the arguments it is called with,
 * made from another organization's ids ({@link Victim}). Every other argument is valid, so that a refusal can only
 * come from the foreign id (or from the caller's role). A method found without a case and without an exemption
 * fails {@link BoundaryMatrixIT}.
 */
final class MatrixCases {

    /** Another network's rows: its ids by name ({@code customer}, {@code subscription}, ...) and their versions. */
    record Victim(Map<String, Long> ids) {

        long id(String name) {
            Long id = ids.get(name);
            if (id == null) {
                throw new IllegalArgumentException("no victim id " + name);
            }
            return id;
        }

        /** The row's current version, so that a refusal is never an optimistic-lock failure instead. */
        long version(String name) {
            return id(name + "Version");
        }
    }

    private static final PageRequest PAGE = PageRequest.of(0, 50);
    private static final List<String> CSV_HEADER = List.of("time", "action", "user", "target", "details", "address");

    /** By {@link BoundaryMethods#signature}: the arguments of the call. */
    static final Map<String, Function<Victim, Object[]>> CASES = new LinkedHashMap<>();

    /**
     * Methods that take an id but no other organization's by design, each with the reason. A method is exempt only
     * if calling it with a foreign id cannot reach that organization's data.
     */
    static final Map<String, String> EXEMPT = new LinkedHashMap<>();

    static {
        EXEMPT.put(
                "Enrollments.enroll(EnrollmentRequest,String)",
                "the anonymous enrollment wizard: no signed-in organization to be foreign to; another membership"
                        + " account's profile id is refused and audited (ForeignProfileEnrollmentIT)");
        String ownEvents = "an admin's own audit events: the filter's organization is replaced by the caller's own,"
                + " whatever it says (AuditLogIT), so another organization's id reads nothing of it";
        EXEMPT.put("AuditLog.countOwn(AuditFilter)", ownEvents);
        EXEMPT.put("AuditLog.totalOwn(AuditFilter)", ownEvents);
        EXEMPT.put("AuditLog.findOwn(PageRequest,AuditFilter)", ownEvents);
        EXEMPT.put("AuditLog.pageOfOwn(PageRequest,AuditFilter)", ownEvents);
        EXEMPT.put("AuditLog.exportOwnCsv(AuditFilter,List,Map,OutputStream)", ownEvents);
    }

    static {
        // the staff-only whole audit log, filtered by another organization
        for (String method : List.of("countEvents", "totalEvents")) {
            add("AuditLog." + method + "(AuditFilter)", v -> args(foreignOrganization(v)));
        }
        for (String method : List.of("findEvents", "pageOfEvents")) {
            add("AuditLog." + method + "(PageRequest,AuditFilter)", v -> args(PAGE, foreignOrganization(v)));
        }
        add(
                "AuditLog.exportCsv(AuditFilter,List,Map,OutputStream)",
                v -> args(
                        foreignOrganization(v),
                        CSV_HEADER,
                        new EnumMap<>(AuditAction.class),
                        new ByteArrayOutputStream()));

        // customer invitations and partnership invitations (the same lifecycle, two boundaries)
        add(
                "CustomerInvitations.invite(NewCustomerInvitation)",
                v -> args(new NewCustomerInvitation(
                        new InvitationLetter("matrix-invitee@example.com", null, Locale.ENGLISH), v.id("provider"))));
        add("CustomerInvitations.partnerProviderName(long)", v -> args(v.id("provider")));
        for (String[] invitations : new String[][] {
            {"CustomerInvitations", "customerInvitation"}, {"PartnershipInvitations", "partnershipInvitation"}
        }) {
            String invitation = invitations[1];
            add(invitations[0] + ".resend(long,long)", v -> args(v.id(invitation), v.version(invitation)));
            add(invitations[0] + ".revoke(long,long)", v -> args(v.id(invitation), v.version(invitation)));
            add(
                    invitations[0] + ".send(long,String,String)",
                    v -> args(v.id(invitation), "Matrix subject", "Matrix body"));
        }

        add("CustomerPartners.remove(long,long)", v -> args(v.id("relationship"), v.version("relationship")));

        // a customer's users, as its partners manage them
        add(
                "CustomerUsers.add(long,NewCustomerUser)",
                v -> args(
                        v.id("customer"),
                        new NewCustomerUser(
                                "matrix-added", "Matrix Added", "matrix-added@example.com", Locale.ENGLISH)));
        add("CustomerUsers.count(long,String)", v -> args(v.id("customer"), null));
        add("CustomerUsers.find(long,PageRequest)", v -> args(v.id("customer"), PAGE));
        for (String method : List.of("deactivate", "reactivate")) {
            add(
                    "CustomerUsers." + method + "(long,long,long)",
                    v -> args(v.id("customer"), v.id("customerUser"), v.version("customerUser")));
        }
        add(
                "CustomerUsers.edit(long,long,long,CustomerUserChange)",
                v -> args(
                        v.id("customer"),
                        v.id("customerUser"),
                        v.version("customerUser"),
                        new CustomerUserChange("Matrix Edited", "matrix-edited@example.com")));

        // customers, and the customers a partnership shares
        add("Customers.customer(long)", v -> args(v.id("customer")));
        for (String method : List.of("countShared", "totalShared")) {
            add("Customers." + method + "(long,CustomerFilter)", v -> args(v.id("partnership"), CustomerFilter.NONE));
        }
        for (String method : List.of("findShared", "pageShared")) {
            add(
                    "Customers." + method + "(long,PageRequest,CustomerFilter)",
                    v -> args(v.id("partnership"), PAGE, CustomerFilter.NONE));
        }

        // enrollment review (staff only)
        add("EnrollmentReviews.application(long)", v -> args(v.id("application")));
        add("EnrollmentReviews.checks(long)", v -> args(v.id("application")));
        add("EnrollmentReviews.approve(long,long)", v -> args(v.id("application"), v.version("application")));
        add(
                "EnrollmentReviews.reject(long,long,String)",
                v -> args(v.id("application"), v.version("application"), "Matrix reason"));
        add(
                "EnrollmentReviews.requestMoreInformation(long,long,String)",
                v -> args(v.id("application"), v.version("application"), "Matrix question"));

        // licenses
        add("Licenses.assign(long,long)", v -> args(v.id("subscription"), v.id("customerUser")));
        add("Licenses.candidates(long,String)", v -> args(v.id("subscription"), ""));
        add("Licenses.countAssignments(long,String)", v -> args(v.id("customer"), null));
        add("Licenses.findAssignments(long,PageRequest)", v -> args(v.id("customer"), PAGE));
        add("Licenses.use(long,PageRequest)", v -> args(v.id("customer"), PAGE));
        add("Licenses.unassign(long,long)", v -> args(v.id("assignment"), v.version("assignment")));

        // offers (staff only)
        add("OfferCatalog.activate(long,long)", v -> args(v.id("offer"), v.version("offer")));
        add("OfferCatalog.deactivate(long,long)", v -> args(v.id("offer"), v.version("offer")));
        add(
                "OfferCatalog.update(long,long,OfferDetails)",
                v -> args(v.id("offer"), v.version("offer"), new OfferDetails()));

        // orders
        add("Orders.count(long)", v -> args(v.id("customer")));
        add("Orders.historyTotal(long)", v -> args(v.id("customer")));
        add("Orders.resellersOfRecord(long)", v -> args(v.id("customer")));
        add("Orders.find(long,PageRequest)", v -> args(v.id("customer"), PAGE));
        add("Orders.history(long,PageRequest)", v -> args(v.id("customer"), PAGE));
        add(
                "Orders.place(NewOrder)",
                v -> args(new NewOrder(
                        v.id("customer"), v.id("reseller"), List.of(new NewOrder.Line(v.id("offer"), 1)))));

        // the outbox (staff only)
        add("Outboxes.body(long)", v -> args(v.id("mail")));

        // partnerships
        add("Partnerships.partnership(long)", v -> args(v.id("partnership")));
        add(
                "Partnerships.end(long,long,String)",
                v -> args(v.id("partnership"), v.version("partnership"), "Matrix reason"));

        // the provider directory's listings (staff only)
        add("ProviderDirectory.create(long,ListingDetails)", v -> args(v.id("provider"), new ListingDetails()));
        add("ProviderDirectory.publish(long,long)", v -> args(v.id("listing"), v.version("listing")));
        add("ProviderDirectory.unpublish(long,long)", v -> args(v.id("listing"), v.version("listing")));
        add(
                "ProviderDirectory.update(long,long,ListingDetails)",
                v -> args(v.id("listing"), v.version("listing"), new ListingDetails()));

        // the partner-network registry (staff only)
        add(
                "Registry.addProfile(long,ProfileDraft)",
                v -> args(v.id("membershipAccount"), new ProfileDraft("MATRIX-1", "Matrix Ltd", "DE", null)));
        add(
                "Registry.deactivateProfile(long,long)",
                v -> args(v.id("membershipProfile"), v.version("membershipProfile")));
        add("Registry.resetPassword(long,String)", v -> args(v.id("membershipAccount"), "Matrix-Password-42"));
        add(
                "Registry.updateProfile(ProfileChange)",
                v -> args(new ProfileChange(
                        v.id("membershipProfile"), v.version("membershipProfile"), "Matrix Ltd", "DE", null)));

        // prices (issue 17): a provider's price book for another network's reseller, a reseller's cost from another
        // network's provider and its prices for another network's customer
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        NewPriceRule rule = NewPriceRule.percentage(null, new java.math.BigDecimal("-90"), today);
        for (String[] book : new String[][] {{"PriceBooks", "reseller"}, {"CustomerPrices", "customer"}}) {
            String buyer = book[1];
            add(book[0] + ".rulesInEffect(Long)", v -> args(v.id(buyer)));
            add(book[0] + ".countRules(Long)", v -> args(v.id(buyer)));
            add(book[0] + ".findRules(Long,PageRequest)", v -> args(v.id(buyer), PAGE));
            add(book[0] + ".addRule(Long,NewPriceRule)", v -> args(v.id(buyer), rule));
        }
        add("PriceBooks.resellerCost(long,long,LocalDate)", v -> args(v.id("reseller"), v.id("offer"), today));
        add("CustomerPrices.findOffers(PageRequest,Long)", v -> args(PAGE, v.id("customer")));
        // credit (issue 17): another network's reseller's credit, read or set by a provider; another network's
        // provider's credit, read or planned against by a reseller
        add("CreditAccounts.resellerCredit(long)", v -> args(v.id("reseller")));
        add(
                "CreditAccounts.setCredit(long,String,BigDecimal,int)",
                v -> args(v.id("reseller"), "USD", new java.math.BigDecimal("1000000"), 365));
        add("CreditAccounts.credit(long)", v -> args(v.id("provider")));
        add("CreditAccounts.whatIf(long,long,int)", v -> args(v.id("provider"), v.id("offer"), 1));
        add("CustomerPrices.cost(long,long,LocalDate)", v -> args(v.id("provider"), v.id("offer"), today));
        add(
                "CustomerPrices.customerPrice(long,Long,long,LocalDate)",
                v -> args(v.id("provider"), v.id("customer"), v.id("offer"), today));

        // statements and billing documents (issue 17): another network's customer statement and issued invoice
        add("Statements.statement(long)", v -> args(v.id("statement")));
        add("Statements.countLines(long)", v -> args(v.id("statement")));
        add("Statements.findLines(long,PageRequest)", v -> args(v.id("statement"), PAGE));
        add(
                "Statements.statementDocument(long,DocumentFormat,Locale)",
                v -> args(v.id("statement"), DocumentFormat.PDF, Locale.ENGLISH));
        add(
                "InvoiceDocuments.invoiceDocument(long,DocumentFormat,Locale)",
                v -> args(v.id("invoice"), DocumentFormat.PDF, Locale.ENGLISH));
        // billing runs and invoices (issue 17): another network's run and issued invoice
        add("Invoices.find(Long,PageRequest)", v -> args(v.id("run"), PAGE));
        add("Invoices.count(Long)", v -> args(v.id("run")));
        add("Invoices.invoice(long)", v -> args(v.id("invoice")));
        add("Invoices.lines(long,PageRequest)", v -> args(v.id("invoice"), PAGE));
        add("Invoices.payments(long)", v -> args(v.id("invoice")));
        add("Invoices.issue(long)", v -> args(v.id("invoice")));
        add("Invoices.issueAll(long)", v -> args(v.id("run")));
        add(
                "Invoices.recordPayment(long,NewPayment)",
                v -> args(v.id("invoice"), new NewPayment(java.math.BigDecimal.ONE, today, "matrix")));
        add("Invoices.voidInvoice(long,String)", v -> args(v.id("invoice"), "matrix"));

        // subscriptions
        add("Subscriptions.count(long)", v -> args(v.id("customer")));
        add("Subscriptions.find(long,PageRequest)", v -> args(v.id("customer"), PAGE));
        for (String method : List.of("suspend", "reactivate", "cancel")) {
            add("Subscriptions." + method + "(long,long)", v -> args(v.id("subscription"), v.version("subscription")));
        }

        // user management of the caller's own organization, given another organization's user
        add(
                "Users.changeRoles(long,long,Set)",
                v -> args(v.id("customerUser"), v.version("customerUser"), Set.of(Role.GLOBAL_ADMIN)));
        add("Users.deactivate(long,long)", v -> args(v.id("customerUser"), v.version("customerUser")));
    }

    private MatrixCases() {}

    private static void add(String signature, Function<Victim, Object[]> arguments) {
        if (CASES.put(signature, arguments) != null) {
            throw new IllegalStateException("two cases for " + signature);
        }
    }

    private static Object[] args(Object... arguments) {
        return arguments;
    }

    private static AuditFilter foreignOrganization(Victim victim) {
        return new AuditFilter(victim.id("customer"), null, null, null, null);
    }
}
