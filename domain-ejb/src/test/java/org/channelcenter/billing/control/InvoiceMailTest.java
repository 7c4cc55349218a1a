package org.channelcenter.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.billing.entity.BillingRun;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.notification.control.MailTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "invoice issued" mail in each recipient's language: month, total and due day written for it. */
class InvoiceMailTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Invoice 7 from Distribuidora Sul for November 2026: $1,234.50|Due on: Jan 4, 2027",
                "pt-BR|Fatura 7 de Distribuidora Sul referente a novembro de 2026: US$ 1.234,50|Vencimento: 4 de jan."
                        + " de 2027",
                "ru|Счет 7 от Distribuidora Sul за ноябрь 2026: 1 234,50 $|Срок оплаты: 4 янв. 2027"
            })
    void theMailIsInTheRecipientsLanguage(String tag, String subject, String due) throws ReflectiveOperationException {
        Locale locale = Locale.forLanguageTag(tag);
        Map<String, String> values = InvoiceMail.values(issued(), "Distribuidora Sul", "Revenda Norte", "Ana", locale);
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("portal", "https://portal.example/");
        MailTemplates.RenderedMail mail = MailTemplates.render(InvoiceMail.ISSUED, locale, all);
        assertEquals(subject, spaces(mail.subject()));
        assertTrue(spaces(mail.body()).contains(due), mail.body());
        assertTrue(mail.body().contains("Revenda Norte"), mail.body());
    }

    private static Invoice issued() throws ReflectiveOperationException {
        BillingRun run = new BillingRun(1, YearMonth.of(2026, 11), "billing@example.com", Instant.now());
        Field id = BillingRun.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(run, 3L);
        Invoice invoice = new Invoice(run, 2, "USD", Instant.now());
        invoice.add(new BigDecimal("1234.50"), new BigDecimal("1500.00"));
        invoice.issue(7, LocalDate.of(2026, 12, 5), 30, "billing@example.com");
        return invoice;
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
