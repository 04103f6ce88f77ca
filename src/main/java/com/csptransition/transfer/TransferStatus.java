package com.csptransition.transfer;

/** Partner Center's transfer statuses, plus Canceled (withdrawn) and Expired (never reviewed). */
public enum TransferStatus {
    Active,
    Complete,
    Reject,
    Failed,
    Canceled,
    Expired
}
