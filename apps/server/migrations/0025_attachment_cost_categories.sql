-- Content version 2 of the application asks for the proofs of the new housing-related costs: an electricity bill,
-- an insurance policy, a sauna fee receipt, a property tax decision, a plot lease and waste and chimney-sweeping
-- bills. The category check keeps the list in step with @tuki/domain (attachmentCategories).
alter table attachment drop constraint attachment_category_check;
alter table attachment add constraint attachment_category_check check (
  category in (
    'bank_statement', 'rental_agreement', 'pay_slip', 'receipt', 'other',
    'electricity_bill', 'insurance_policy', 'sauna_fee_receipt', 'property_tax_decision', 'plot_lease',
    'waste_and_chimney_bills'
  )
);
