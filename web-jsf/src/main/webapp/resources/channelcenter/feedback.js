/* Feedback for ajax work (issue 16): a success message from the previous action goes as soon as the next action
   starts, so that it is never read as the answer to the new one. Errors stay until the answer replaces them. */
(function () {
    'use strict';
    if (!window.jQuery) {
        return;
    }
    jQuery(document).on('pfAjaxStart', function () {
        jQuery('.ui-messages-info, .ui-message-info, .ui-growl-item-container.ui-state-highlight').remove();
    });
})();
