/* Suspend, Reactivate and Cancel in a customer's record. A row's button carries its subscription's id, the
   version shown and the offer's name; they go into the page's subscription-actions forms, which post them
   (Suspend and Cancel only after their dialogs are confirmed). Afterwards the record is shown again as the server has it: an
   expanded Customers row is reloaded the way the table itself expands it; on the customer's own page the
   form's ajax update does it. */
window.ChannelCenter = window.ChannelCenter || {};
ChannelCenter.subscriptions = (function () {
    var changedRecord = null;
    function put(formId, button) {
        document.getElementById(formId + ':subscriptionId').value = button.getAttribute('data-subscription');
        document.getElementById(formId + ':subscriptionVersion').value = button.getAttribute('data-version');
    }
    return {
        act: function (button, action) {
            changedRecord = button.closest('.cc-customer-record');
            if (action === 'cancel' || action === 'suspend') {
                put(action + 'SubscriptionForm', button);
                document.getElementById(action + 'SubscriptionOffer').textContent = button.getAttribute('data-offer');
                PF(action + 'SubscriptionDialog').show();
                return false;
            }
            put('subscriptionActionsForm', button);
            ccReactivateSubscription();
            return false;
        },
        changed: function () {
            var content = changedRecord ? $(changedRecord).closest('tr.ui-expanded-row-content') : $();
            changedRecord = null;
            if (content.length) {
                var table = PrimeFaces.getWidgetById(content.closest('.ui-datatable').attr('id'));
                if (table) {
                    table.loadExpandedRowContent(content.prev());
                }
            }
        }
    };
})();
