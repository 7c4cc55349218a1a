package org.channelcenter.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.channelcenter.billing.boundary.BillingRuns;
import org.channelcenter.billing.boundary.DocumentFormat;
import org.channelcenter.billing.boundary.InvoiceDocuments;
import org.channelcenter.billing.boundary.InvoiceRow;
import org.channelcenter.billing.boundary.Invoices;
import org.channelcenter.billing.boundary.NewPayment;
import org.channelcenter.billing.boundary.RunRow;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;
import org.primefaces.model.StreamedContent;

/**
 * Billing › Invoices (providers): run the billing of a closed month, the runs, and the invoices (of a chosen run, or
 * all) with Issue, Issue all, Record payment and Void (with its reason), and each invoice as PDF or CSV in the
 * reader's language. Every rule is {@link BillingRuns}' and {@link Invoices}'; refusals are shown at the field or
 * at the top.
 */
@Named
@ViewScoped
public class InvoicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BillingRuns billingRuns;

    @EJB
    Invoices invoices;

    @EJB
    InvoiceDocuments documents;

    @Inject
    DomainMessages messages;

    @Inject
    LanguageSelection language;

    @Inject
    BillingMonths months;

    /** The month to bill (ISO); the last closed month at first. */
    private String month = YearMonth.now(Clock.systemUTC()).minusMonths(1).toString();

    /** The run whose invoices are shown; null for every invoice. */
    private RunRow chosenRun;

    private BoundaryLazyDataModel<RunRow> runs;
    private BoundaryLazyDataModel<InvoiceRow> rows;

    /** The invoice a dialog is about (payment or void). */
    private InvoiceRow chosen;

    private BigDecimal paymentAmount;
    private LocalDate paymentDay;
    private String paymentReference;
    private String voidReason;

    private ChosenInvoiceLines lines;

    /** The invoice whose lines are shown below the list, and its lines. */
    public ChosenInvoiceLines getInvoiceLines() {
        if (lines == null) {
            lines = new ChosenInvoiceLines((invoice, request) -> invoices.lines(invoice, request));
        }
        return lines;
    }

    public BoundaryLazyDataModel<RunRow> getRuns() {
        if (runs == null) {
            runs = new BoundaryLazyDataModel<>(
                    ignored -> billingRuns.countRuns(), billingRuns::runs, row -> Long.toString(row.id()));
        }
        return runs;
    }

    public BoundaryLazyDataModel<InvoiceRow> getInvoices() {
        if (rows == null) {
            Long runId = chosenRun == null ? null : chosenRun.id();
            rows = new BoundaryLazyDataModel<>(
                    ignored -> invoices.count(runId),
                    request -> invoices.find(runId, request),
                    row -> Long.toString(row.id()));
        }
        return rows;
    }

    /** Runs the billing of the chosen month (once per month: a second run finds the first), shows its invoices. */
    public void run() {
        YearMonth billed = YearMonth.parse(month);
        messages.attempt(() -> {
                    RunRow run = billingRuns.run(billed);
                    chosenRun = run;
                    messages.info("invoices.ran", months.label(billed), run.invoices(), run.statements());
                })
                .refusalAt(BillingRefusedException.class, "runForm:month")
                .showingAt(null);
        changed();
    }

    public void chooseRun(RunRow run) {
        chosenRun = run;
        rows = null;
    }

    public void allInvoices() {
        chosenRun = null;
        rows = null;
    }

    public void issue(InvoiceRow invoice) {
        messages.attempt(
                () -> {
                    InvoiceRow issued = invoices.issue(invoice.id());
                    messages.info("invoices.issued", issued.number(), issued.resellerName());
                },
                null);
        changed();
    }

    public void issueAll(RunRow run) {
        messages.attempt(
                () -> messages.info("invoices.issuedAll", invoices.issueAll(run.id()), months.label(run.month())),
                null);
        changed();
    }

    /** Opens the payment dialog for the invoice: what is left to pay, received today, no reference. */
    public void confirmPayment(InvoiceRow invoice) {
        chosen = invoice;
        // as the currency writes it (the stored amount has four decimals)
        int digits = Math.max(0, Currency.getInstance(invoice.currency()).getDefaultFractionDigits());
        paymentAmount = invoice.outstanding().setScale(digits, RoundingMode.HALF_EVEN);
        paymentDay = LocalDate.now(Clock.systemUTC());
        paymentReference = null;
    }

    /** Records the payment; a refusal stays in the dialog, at the amount. */
    public void recordPayment() {
        if (chosen == null) {
            return;
        }
        boolean recorded = messages.attempt(() -> {
                    InvoiceRow paid = invoices.recordPayment(
                            chosen.id(), new NewPayment(paymentAmount, paymentDay, paymentReference));
                    messages.info("invoices.paymentRecorded", paid.number());
                })
                .invalidAt("paymentForm:amount", "invoices.payment.invalid")
                .showingAt("paymentForm:amount");
        if (recorded) {
            chosen = null;
            changed();
        }
    }

    public void confirmVoid(InvoiceRow invoice) {
        chosen = invoice;
        voidReason = null;
    }

    /** Voids the invoice through a credit note; a refusal stays in the dialog, at the reason. */
    public void voidInvoice() {
        if (chosen == null) {
            return;
        }
        boolean voided = messages.attempt(() -> {
                    InvoiceRow invoice = invoices.voidInvoice(chosen.id(), voidReason);
                    messages.info("invoices.voided", invoice.number());
                })
                .invalidAt("voidForm:reason", "invoices.void.tooLong")
                .showingAt("voidForm:reason");
        if (voided) {
            chosen = null;
            changed();
        }
    }

    public StreamedContent pdf(InvoiceRow invoice) {
        return Downloads.of(documents.invoiceDocument(invoice.id(), DocumentFormat.PDF, language.getLocale()));
    }

    public StreamedContent csv(InvoiceRow invoice) {
        return Downloads.of(documents.invoiceDocument(invoice.id(), DocumentFormat.CSV, language.getLocale()));
    }

    private void changed() {
        runs = null;
        rows = null;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = YearMonth.parse(month).toString();
    }

    public RunRow getChosenRun() {
        return chosenRun;
    }

    public InvoiceRow getChosen() {
        return chosen;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public LocalDate getPaymentDay() {
        return paymentDay;
    }

    public void setPaymentDay(LocalDate paymentDay) {
        this.paymentDay = paymentDay;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
