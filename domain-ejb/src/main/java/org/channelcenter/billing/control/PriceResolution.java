package org.channelcenter.billing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.channelcenter.billing.entity.PriceSource;
import org.channelcenter.billing.entity.PriceTerm;

/**
 * The one rule for a price at one tier (issue 17): what a buyer pays a seller for an offer on a day, from the
 * seller's rules. A provider's rules over list price give a reseller's cost; a reseller's rules over its cost give a
 * customer's price. The charges and billing runs of later slices call this with the day of each charge.
 *
 * <ol>
 *   <li>The book: the buyer's own rules, when one of them is in effect on the day; else the seller's default rules;
 *       else none (the base price, rounded).
 *   <li>In that book, the latest rule in effect for the offer itself (a fixed price, or a percentage for that
 *       offer); else the latest percentage in effect for every offer; else the base price. "Latest" is the latest
 *       effective day, then the rule added last.
 *   <li>Rounded half-even to the currency's fraction digits, at the unit price ({@link Money}).
 * </ol>
 *
 * A rule only counts from its effective day, so adding a rule never changes the price of an earlier day. A plain
 * class over the rules given, so it is tested without a container ({@code PriceResolutionTest}).
 */
public final class PriceResolution {

    private static final Comparator<PriceTerm> LATEST =
            Comparator.comparing(PriceTerm::effectiveFrom).thenComparingLong(PriceTerm::sequence);

    /** A price, and where it came from. */
    public record Price(BigDecimal amount, PriceSource source) {}

    private final List<PriceTerm> terms;

    /** Over the seller's rules for the buyer and its default ones (others are ignored); in any order. */
    public PriceResolution(List<PriceTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * The buyer's price of the offer on the day, from the base price (list price, or the reseller's cost) in the
     * offer's currency.
     */
    public Price price(Long buyerId, long offerId, LocalDate day, BigDecimal base, String currency) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(base, "base");
        PriceSource source = buyerId != null && hasRuleOn(buyerId, day) ? PriceSource.OWN : PriceSource.DEFAULT;
        Long book = source == PriceSource.OWN ? buyerId : null;
        Optional<PriceTerm> rule = latest(book, offerId, day).or(() -> latest(book, null, day));
        if (rule.isEmpty()) {
            return new Price(Money.round(base, currency), PriceSource.BASE);
        }
        PriceTerm term = rule.get();
        BigDecimal amount = term.fixedPrice() != null
                ? Money.round(term.fixedPrice(), currency)
                : Money.adjusted(base, term.percentage(), currency);
        return new Price(amount, source);
    }

    /** The rules of the buyer's book (null: the default) in effect on the day: per offer, and for every offer. */
    public List<PriceTerm> inEffect(Long buyerId, LocalDate day) {
        return terms.stream()
                .filter(term -> Objects.equals(term.buyerId(), buyerId) && term.inEffectOn(day))
                .collect(java.util.stream.Collectors.groupingBy(
                        term -> Optional.ofNullable(term.offerId()), java.util.stream.Collectors.maxBy(LATEST)))
                .values()
                .stream()
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((PriceTerm term) -> term.offerId() != null)
                        .thenComparing(term -> term.offerId() == null ? 0L : term.offerId()))
                .toList();
    }

    private boolean hasRuleOn(long buyerId, LocalDate day) {
        return terms.stream().anyMatch(term -> Objects.equals(term.buyerId(), buyerId) && term.inEffectOn(day));
    }

    private Optional<PriceTerm> latest(Long buyerId, Long offerId, LocalDate day) {
        return terms.stream()
                .filter(term -> Objects.equals(term.buyerId(), buyerId)
                        && Objects.equals(term.offerId(), offerId)
                        && term.inEffectOn(day))
                .max(LATEST);
    }
}
