package org.channelcenter.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.channelcenter.dashboard.boundary.ApplicationFigures;
import org.channelcenter.dashboard.boundary.AttentionItem;
import org.channelcenter.dashboard.boundary.AttentionList;
import org.channelcenter.dashboard.boundary.DashboardCharts;
import org.channelcenter.dashboard.boundary.DashboardTile;
import org.channelcenter.dashboard.boundary.Dashboards;
import org.channelcenter.dashboard.boundary.DayOfMail;
import org.channelcenter.dashboard.boundary.MonthActivity;
import org.channelcenter.dashboard.boundary.MonthRevenue;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.web.i18n.Dates;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.i18n.Messages;
import org.channelcenter.web.kernel.Shell;

/**
 * The Dashboard: the caller's tiles, what needs their attention, and their charts (a partner's orders and licenses
 * of the last 12 months; the staff's enrollment applications and outbox health). Every figure comes from the
 * boundaries, counted in the database; the charts' figures are also on the page as tables for screen readers.
 */
@Named
@RequestScoped
public class DashboardPage {

    @EJB
    Dashboards dashboards;

    @EJB
    DashboardCharts charts;

    @EJB
    AttentionList attention;

    @Inject
    Shell shell;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    /** The charts' days and months are the reader's, in the zone every date on the pages is shown in. */
    @Inject
    Dates dates;

    private List<DashboardTile> tiles;
    private List<AttentionItem> attentionItems;
    private List<MonthActivity> activity;
    private ApplicationFigures applications;
    private List<DayOfMail> mails;
    private List<MonthRevenue> revenue;

    @PostConstruct
    void load() {
        tiles = dashboards.tiles();
        attentionItems = attention.items();
        Caller caller = shell.getCaller();
        if (caller == null) {
            return;
        }
        if (caller.organizationKind().isPartner()) {
            activity = charts.partnerActivity(dates.getZone());
            if (caller.may(Permission.MANAGE_BILLING)) {
                revenue = charts.revenue();
            }
        }
        if (caller.isStaff()) {
            applications = charts.applications();
            mails = charts.outboxHealth(dates.getZone());
        }
    }

    public List<DashboardTile> getTiles() {
        return tiles;
    }

    public List<AttentionItem> getAttention() {
        return attentionItems;
    }

    public List<MonthActivity> getActivity() {
        return activity;
    }

    public ApplicationFigures getApplications() {
        return applications;
    }

    public List<DayOfMail> getMails() {
        return mails;
    }

    public boolean isPartnerCharts() {
        return activity != null;
    }

    public List<MonthRevenue> getRevenue() {
        return revenue;
    }

    /** Billing staff of a partner see revenue once a month is invoiced. */
    public boolean isRevenueShown() {
        return revenue != null && !revenue.isEmpty();
    }

    /** A reseller's chart has its margin beside its revenue; a provider's has what is still unpaid. */
    public boolean isMargins() {
        return isRevenueShown() && revenue.get(0).margin() != null;
    }

    /**
     * The latest invoiced month, one entry per currency, for the revenue tiles above the charts: revenue and margin
     * (a reseller) or revenue and what is still unpaid (a provider).
     */
    public List<MonthRevenue> getLatestRevenue() {
        if (!isRevenueShown()) {
            return List.of();
        }
        var latest = revenue.get(revenue.size() - 1).month();
        return revenue.stream().filter(month -> month.month().equals(latest)).toList();
    }

    /** Where the revenue tile leads: a reseller's statements to its customers, a provider's invoices. */
    public String getRevenuePage() {
        return isMargins() ? "/billing/statements.xhtml" : "/billing/invoices.xhtml";
    }

    /** Where the second tile leads: a reseller's margins, a provider's invoices (what is unpaid). */
    public String getSecondRevenuePage() {
        return isMargins() ? "/billing/margins.xhtml" : "/billing/invoices.xhtml";
    }

    /** The months of the revenue chart, in the reader's words, one per month and currency. */
    public String revenueMonth(MonthRevenue month) {
        return month(month.month()) + (currencies() > 1 ? " " + month.currency() : "");
    }

    public String getRevenueChart() {
        BarChart chart = new BarChart(revenue.stream().map(this::revenueMonth).toList(), language.getLocale())
                .series(
                        messages.text("dashboard.chart.revenue"),
                        revenue.stream().map(MonthRevenue::revenue).toList(),
                        BarChart.BLUE);
        return (isMargins()
                        ? chart.series(
                                messages.text("dashboard.chart.margin"),
                                revenue.stream().map(MonthRevenue::margin).toList(),
                                BarChart.TEAL)
                        : chart.series(
                                messages.text("dashboard.chart.outstanding"),
                                revenue.stream().map(MonthRevenue::outstanding).toList(),
                                BarChart.AMBER))
                .json();
    }

    private long currencies() {
        return revenue.stream().map(MonthRevenue::currency).distinct().count();
    }

    public boolean isStaffCharts() {
        return applications != null;
    }

    /** "Dec 2026", "dez. de 2026", "дек. 2026": the month as the reader says it. */
    public String month(MonthActivity month) {
        return month(month.month());
    }

    private String month(YearMonth month) {
        Locale locale = language.getLocale();
        return month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + month.getYear();
    }

    /** "7 Dec", "7 de dez.", "7 дек.": the day as the reader says it. */
    public String day(DayOfMail day) {
        return DateTimeFormatter.ofPattern("d MMM", language.getLocale()).format(day.day());
    }

    public String getActivityChart() {
        return new BarChart(activity.stream().map(this::month).toList(), language.getLocale())
                .series(
                        messages.text("dashboard.chart.orders"),
                        activity.stream().map(MonthActivity::orders).toList(),
                        BarChart.BLUE)
                .series(
                        messages.text("dashboard.chart.licensesAssigned"),
                        activity.stream().map(MonthActivity::licensesAssigned).toList(),
                        BarChart.TEAL)
                .json();
    }

    public List<String> getApplicationStates() {
        return List.copyOf(applications.byState().keySet());
    }

    public String getApplicationsByStateChart() {
        return new BarChart(
                        getApplicationStates().stream()
                                .map(state -> messages.text("enrollmentStatus." + state))
                                .toList(),
                        language.getLocale())
                .series(
                        messages.text("dashboard.chart.applications"),
                        List.copyOf(applications.byState().values()),
                        BarChart.BLUE)
                .horizontal()
                .json();
    }

    public List<String> getAges() {
        return ApplicationFigures.AGES;
    }

    public String getApplicationsByAgeChart() {
        return new BarChart(
                        ApplicationFigures.AGES.stream()
                                .map(age -> messages.text("dashboard.age." + age))
                                .toList(),
                        language.getLocale())
                .series(messages.text("dashboard.chart.waiting"), applications.waitingByAge(), BarChart.AMBER)
                .json();
    }

    public String getOutboxChart() {
        return new BarChart(mails.stream().map(this::day).toList(), language.getLocale())
                .series(
                        messages.text("dashboard.mail.sent"),
                        mails.stream().map(DayOfMail::sent).toList(),
                        BarChart.TEAL)
                .series(
                        messages.text("dashboard.mail.waiting"),
                        mails.stream().map(DayOfMail::waiting).toList(),
                        BarChart.AMBER)
                .series(
                        messages.text("dashboard.mail.failed"),
                        mails.stream().map(DayOfMail::failed).toList(),
                        BarChart.RED)
                .stacked()
                .json();
    }
}
