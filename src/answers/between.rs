//! The checks between answers: dates against the date of the check and each
//! other (an order before receipt, an RMA or a replacement after it), the
//! part against the product.

use chrono::NaiveDate;

use super::{AnswerError, Answers, ErrorCode, Key};

impl Answers<'_> {
    /// The checks between answers, in the asking order of the field at fault.
    pub(super) fn check_between(&self) -> Result<(), AnswerError> {
        let after_as_of = |key: Key, date: Option<NaiveDate>| match date {
            Some(d) if d > self.as_of => Err(AnswerError::at(ErrorCode::DateAfterAsOf, key)),
            _ => Ok(()),
        };
        after_as_of(Key::ReceivedDate, self.received_date)?;
        after_as_of(Key::OrderDate, self.order_date)?;
        if let (Some(order), Some(received)) = (self.order_date, self.received_date) {
            if order > received {
                return Err(AnswerError::at(ErrorCode::OrderAfterReceipt, Key::OrderDate));
            }
        }
        // An RMA, or a replacement unit, comes after the product was received.
        let before_receipt = |key: Key, date: Option<NaiveDate>| match (date, self.received_date) {
            (Some(d), Some(received)) if d < received => Err(AnswerError::at(ErrorCode::BeforeReceipt, key)),
            _ => Ok(()),
        };
        after_as_of(Key::RmaIssuedOn, self.rma_issued_on.flatten())?;
        before_receipt(Key::RmaIssuedOn, self.rma_issued_on.flatten())?;
        if let (Some(product), Some(part)) = (self.product, self.part) {
            if !product.parts.iter().any(|p| p.id == part) {
                return Err(AnswerError::at(ErrorCode::PartNotInProduct, Key::Part));
            }
        }
        after_as_of(Key::ReplacementReceivedDate, self.replacement_received_date.flatten())?;
        before_receipt(Key::ReplacementReceivedDate, self.replacement_received_date.flatten())
    }
}
